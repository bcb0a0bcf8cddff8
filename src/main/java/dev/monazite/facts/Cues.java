package dev.monazite.facts;

import java.util.List;
import java.util.Map;

/**
 * The cue words that tell what a figure is about, in Chinese, English and Vietnamese, as they
 * appear after folding (lower case, Simplified). Lists are ordered: the first matching entry wins.
 */
final class Cues {
    private Cues() {}

    static final List<String> RISE = List.of("增长", "上涨", "增加", "上升", "提高", "提升", "攀升", "增幅", "涨幅", "涨至",
            "涨超", "大涨", "暴涨", "飙升", "走高", "上扬", "涨", "增", "升", "rise", "rose", "risen", "increase", "grow",
            "grew", "growth", "gain", "jump", "surge", "soar", "climb", "up ", "higher", "tăng", "lên");
    static final List<String> FALL = List.of("下降", "下跌", "减少", "下滑", "回落", "跌幅", "暴跌", "大跌", "跌", "降", "减",
            "fell", "fall", "drop", "decline", "decrease", "down ", "lower", "plunge", "slump", "shrank", "giảm", "sụt",
            "xuống");

    static final Map<String, List<String>> BASIS = Map.of(
            "yoy", List.of("同比", "year-on-year", "year on year", "yoy", "from a year earlier", "so với cùng kỳ",
                    "compared with the same period", "from the same period"),
            "mom", List.of("环比", "month-on-month", "month on month", "so với tháng trước", "from the previous month"),
            "ytd", List.of("年初以来", "今年以来", "年内", "từ đầu năm", "year-to-date", "year to date", "so far this year",
                    "since the start of the year", "since the beginning of the year"));

    static final List<String> SHARE = List.of("占", "份额", "比重", "比例", "控制", "掌握", "垄断", "贡献", "依赖", "来自",
            "share", "account", "control", "dominat", "hold", "represent", "of global", "of the global", "of world",
            "of total", "from china", "chiếm", "kiểm soát", "thị phần", "phụ thuộc", "cung cấp");

    static final Map<String, List<String>> SHARE_METRIC = Map.of(
            "reserves", List.of("储量", "资源", "reserve", "resource", "trữ lượng", "tài nguyên"),
            "refining", List.of("精炼", "冶炼", "分离", "提纯", "加工", "refin", "smelt", "separation", "purification",
                    "processing", "tinh luyện", "phân lập", "chế biến"),
            "magnet_production", List.of("磁", "magnet", "nam châm"),
            "patents", List.of("专利", "patent", "bằng sáng chế"),
            "supply_to", List.of("依赖", "进口", "来自", "供应", "import", "supplied", "from china", "reliance", "rely",
                    "depend", "phụ thuộc", "nhập khẩu"),
            "mining", List.of("产量", "开采", "生产", "产出", "mine", "mining", "production", "output", "produc",
                    "khai thác", "sản lượng"),
            "quota", List.of("配额", "指标", "quota", "hạn mức"),
            "capacity", List.of("产能", "capacity", "công suất"),
            "market_share", List.of("市场份额", "市占率", "渗透率", "market share", "penetration", "thâm nhập"));
    static final List<String> SHARE_METRIC_ORDER = List.of("supply_to", "patents", "magnet_production", "refining",
            "reserves", "quota", "market_share", "mining", "capacity");

    static final List<String> EXPORT = List.of("出口", "export", "shipment", "shipped", "xuất khẩu");
    static final List<String> IMPORT = List.of("进口", "import", "nhập khẩu");
    static final List<String> TO = List.of("对", "向", "至", "到", "运往", " to ", "sang", " tới ", " đến ");

    static final Map<String, List<String>> QUANTITY_METRIC = Map.of(
            "production", List.of("产量", "生产", "产出", "production", "produce", "output", "mined", "sản lượng",
                    "sản xuất"),
            "capacity", List.of("产能", "capacity", "công suất"),
            "reserves", List.of("储量", "reserves", "trữ lượng"),
            "stockpile", List.of("库存", "储备", "stockpile", "inventor", "stock", "dự trữ", "tồn kho"),
            "demand", List.of("需求", "用量", "消费", "demand", "consumption", "nhu cầu", "tiêu thụ"));
    static final List<String> QUANTITY_METRIC_ORDER = List.of("capacity", "reserves", "stockpile", "demand", "production");

    static final List<String> PER_UNIT = List.of("每", "单台", "单车", "单辆", "each", "per ", "every", "mỗi", "một chiếc");

    static final Map<String, List<String>> MONEY_METRIC = Map.of(
            "loan", List.of("贷款", "借款", "loan", "lend", "khoản vay", "cho vay"),
            "fund", List.of("基金", "储备", "资金", "规模", "fund", "reserve", "stockpile", "quỹ"),
            "order", List.of("订单", "合同", "order", "contract", "đơn hàng"),
            "loss", List.of("亏损", "损失", "loss", "lỗ"),
            "revenue", List.of("营收", "营业收入", "收入", "销售额", "revenue", "sales", "doanh thu"),
            "profit", List.of("利润", "净利", "盈利", "profit", "earnings", "lợi nhuận"),
            "debt", List.of("欠", "债", "debt", "owe", "arrears", "unpaid", "nợ"),
            "investment", List.of("投资", "投入", "注资", "出资", "invest", "spend", "funding", "đầu tư", "rót vốn"));
    static final List<String> MONEY_METRIC_ORDER = List.of("loan", "debt", "order", "loss", "revenue", "profit",
            "investment", "fund");

    static final Map<String, List<String>> POLICY_ACTION = Map.of(
            "export_license", List.of("出口许可", "许可证", "通用许可", "export licen", "licence", "license", "giấy phép"),
            "export_control", List.of("出口管制", "出口限制", "管制", "export control", "export restriction", "restrict",
                    "kiểm soát xuất khẩu", "hạn chế xuất khẩu"),
            "suspension", List.of("暂停", "中止", "停止出口", "禁止出口", "禁运", "suspend", "halt", " ban ", "banned", " bans ", "embargo",
                    "tạm dừng", "đình chỉ", "lệnh cấm"),
            "quota", List.of("配额", "总量控制", "总量调控", "quota", "hạn mức", "kiểm soát tổng lượng"),
            "stockpile", List.of("储备", "收储", "stockpil", "strategic reserve", "storage", "dự trữ"),
            "agreement", List.of("协议", "协定", "签署", "达成", "agreement", "deal", "accord", "signed", "memorandum",
                    "thỏa thuận", "hiệp định"),
            "alliance", List.of("联盟", "伙伴关系", "俱乐部", "部长级会议", "联合", "alliance", "partnership", "club",
                    "coalition", "ministerial", "liên minh", "đối tác"),
            "tariff", List.of("关税", "tariff", "duties", "thuế quan"),
            "law", List.of("法案", "条例", "法律", "管理办法", "law", "act ", "regulation", "luật", "quy định"),
            "subsidy", List.of("补贴", "补助", "subsid", "grant", "trợ cấp"));
    static final List<String> POLICY_ORDER = List.of("export_license", "export_control", "suspension", "quota",
            "tariff", "subsidy", "stockpile", "agreement", "alliance", "law");

    static final List<String> POLICY_VERB = List.of("宣布", "发布", "推出", "实施", "出台", "启动", "签署", "收紧", "加强",
            "暂停", "批准", "成立", "召开", "计划于", "计划在", "计划将", "计划投资", "生效", "施行", "实行", "加征", "颁布",
            "印发", "announc", "impos", "launch", "signed", "signs", "tighten", "approv", "introduc", "establish",
            "convene", "plans to", "planned to", "plan to", "enact", "unveil",
            "took effect", "take effect", "ban hành", "áp dụng", "có hiệu lực", "công bố", "thông qua");

    /** The first cue of the list that occurs in text, or null. */
    static String first(String text, List<String> cues) {
        for (String c : cues) {
            if (text.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Keys in order, each with its cues, all searched in one pass over a text. The rules ask this of
     * every figure's clause, and a {@code contains} per cue read the clause once per cue.
     */
    static final class Keyed {
        private final dev.monazite.lexicon.Phrases phrases;
        private final String[] keyOf;

        Keyed(List<String> order, Map<String, List<String>> cues) {
            List<String> all = new java.util.ArrayList<>();
            List<String> keys = new java.util.ArrayList<>();
            for (String key : order) {
                for (String c : cues.get(key)) {
                    all.add(c);
                    keys.add(key);
                }
            }
            this.phrases = new dev.monazite.lexicon.Phrases(all);
            this.keyOf = keys.toArray(new String[0]);
        }

        /** The first key, in order, one of whose cues occurs in text, or null. */
        String first(String text) {
            int p = phrases.firstIn(text);
            return p < 0 ? null : keyOf[p];
        }

        /**
         * The key whose cue occurs nearest to the figure at text[pos, end), or null; ties go to the
         * earlier key, then the earlier cue, then the earlier occurrence. "40% of global resources and
         * 70% of global production" gives reserves for 40 and mining for 70.
         */
        String nearest(String text, int pos, int end) {
            int[] best = {Integer.MAX_VALUE, -1, -1}; // distance, phrase, start
            phrases.forEachOccurrence(text, (at, atEnd, p) -> {
                int distance = at >= end ? at - end : atEnd <= pos ? pos - atEnd : 0;
                if (distance < best[0] || distance == best[0] && (p < best[1] || p == best[1] && at < best[2])) {
                    best[0] = distance;
                    best[1] = p;
                    best[2] = at;
                }
            });
            return best[1] < 0 ? null : keyOf[best[1]];
        }
    }

    static final Keyed BASIS_KEYS = new Keyed(List.of("yoy", "mom", "ytd"), BASIS);
    static final Keyed SHARE_METRIC_KEYS = new Keyed(SHARE_METRIC_ORDER, SHARE_METRIC);
    static final Keyed MONEY_METRIC_KEYS = new Keyed(MONEY_METRIC_ORDER, MONEY_METRIC);
    static final Keyed QUANTITY_METRIC_KEYS = new Keyed(QUANTITY_METRIC_ORDER, QUANTITY_METRIC);
    private static final Keyed POLICY_ACTION_KEYS = new Keyed(POLICY_ORDER, POLICY_ACTION);

    private static final dev.monazite.lexicon.Phrases POLICY_VERB_PHRASES = new dev.monazite.lexicon.Phrases(POLICY_VERB);

    /** Whether text has an announcing verb ("宣布", "impos", "ban hành"), in one pass over it. */
    static boolean hasPolicyVerb(String text) {
        return POLICY_VERB_PHRASES.firstIn(text) >= 0;
    }

    /** The first policy action, in POLICY_ORDER, whose cue text has, in one pass: the check runs on every sentence. */
    static String firstPolicyAction(String text) {
        return POLICY_ACTION_KEYS.first(text);
    }
}
