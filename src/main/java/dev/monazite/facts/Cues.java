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

    /**
     * The key whose cue occurs nearest to position pos of text (ties go to the earlier key in order),
     * or null: "40% of global resources and 70% of global production" gives reserves for 40 and
     * mining for 70.
     */
    static String nearestKey(String text, int pos, int end, List<String> order, Map<String, List<String>> cues) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : order) {
            for (String c : cues.get(key)) {
                for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
                    int distance = at >= end ? at - end : at + c.length() <= pos ? pos - (at + c.length()) : 0;
                    if (distance < bestDistance) {
                        best = key;
                        bestDistance = distance;
                    }
                }
            }
        }
        return best;
    }

    /** The first cue of the list that occurs in text, or null. */
    static String first(String text, List<String> cues) {
        for (String c : cues) {
            if (text.contains(c)) {
                return c;
            }
        }
        return null;
    }

    private static final dev.monazite.lexicon.Phrases POLICY_VERB_PHRASES = new dev.monazite.lexicon.Phrases(POLICY_VERB);

    /** Whether text has an announcing verb ("宣布", "impos", "ban hành"), in one pass over it. */
    static boolean hasPolicyVerb(String text) {
        return POLICY_VERB_PHRASES.firstIn(text) >= 0;
    }

    /** Every policy action cue, in key order, searched in one pass: the check runs on every sentence. */
    private static final List<String> POLICY_ACTION_KEYS = new java.util.ArrayList<>();
    private static final dev.monazite.lexicon.Phrases POLICY_ACTION_PHRASES = phrases(POLICY_ORDER, POLICY_ACTION,
            POLICY_ACTION_KEYS);

    private static dev.monazite.lexicon.Phrases phrases(List<String> order, Map<String, List<String>> cues,
                                                        List<String> keyOfPhrase) {
        List<String> phrases = new java.util.ArrayList<>();
        for (String key : order) {
            for (String c : cues.get(key)) {
                phrases.add(c);
                keyOfPhrase.add(key);
            }
        }
        return new dev.monazite.lexicon.Phrases(phrases);
    }

    /** What {@code firstKey(text, POLICY_ORDER, POLICY_ACTION)} gives, in one pass over text. */
    static String firstPolicyAction(String text) {
        int p = POLICY_ACTION_PHRASES.firstIn(text);
        return p < 0 ? null : POLICY_ACTION_KEYS.get(p);
    }

    /** The first key, in the given order, one of whose cues occurs in text, or null. */
    static String firstKey(String text, List<String> order, Map<String, List<String>> cues) {
        for (String key : order) {
            if (first(text, cues.get(key)) != null) {
                return key;
            }
        }
        return null;
    }
}
