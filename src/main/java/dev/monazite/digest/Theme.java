package dev.monazite.digest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fixed taxonomy of groups, with the cue words (English, Chinese, Vietnamese) that put a sentence
 * in one. Latin cues match at a word start, so "price" also finds "prices"; Han cues match anywhere,
 * since Chinese has no spaces between words.
 */
enum Theme {
    PRICES("Prices and market", "price", "market", "yuan per ton", "per tonne", "rally", "surge", "index",
            "价格", "报价", "涨价", "涨", "跌", "市场", "行情", "万元/吨", "giá", "thị trường"),
    SUPPLY("Supply and production", "production", "output", "mining", "mine", "supply", "supplies", "quota",
            "refin", "smelt", "separation", "capacity", "reserve", "deposit", "stockpil", "inventor",
            "产量", "生产", "开采", "供给", "供应", "配额", "冶炼", "分离", "产能", "储量", "矿", "库存",
            "sản lượng", "khai thác", "nguồn cung", "trữ lượng", "tinh luyện"),
    DEMAND("Demand and applications", "demand", "application", "electric vehicle", "vehicles", "ev ", "robot",
            "wind", "downstream", "consum", "需求", "新能源汽车", "机器人", "风电", "下游", "消费", "应用", "电机",
            "nhu cầu", "xe năng lượng mới", "tiêu thụ"),
    POLICY("Policy and export controls", "export control", "licen", "regulat", "ministry", "ban", "restrict",
            "tariff", "policy", "law", "出口管制", "管制", "政策", "许可", "商务部", "禁止", "关税", "法规", "条例",
            "限制", "chính sách", "kiểm soát", "giấy phép", "luật", "thuế"),
    GEOPOLITICS("Geopolitics and alliances", "alliance", "partnership", "geopolit", "strategic", "summit",
            "sanction", "trump", "white house", "depend", "联盟", "伙伴", "地缘", "博弈", "战略", "访华", "白宫",
            "依赖", "谈判", "合作", "liên minh", "địa chính trị", "chiến lược", "cường quốc"),
    TECHNOLOGY("Technology", "technolog", "patent", "breakthrough", "research", "process", "recycl",
            "innovat", "技术", "专利", "突破", "研发", "研究", "工艺", "回收", "提炼", "công nghệ", "đột phá",
            "sáng chế"),
    COMPANIES("Companies and finance", "compan", "shares", "stock", "profit", "revenue", "earnings", "etf",
            "fund", "invest", "acqui", "ipo", "公司", "股", "利润", "营收", "业绩", "基金", "投资", "收购",
            "板块", "ETF", "công ty", "lợi nhuận", "cổ phiếu", "doanh nghiệp");

    private final String heading;
    private final List<Pattern> cues;

    Theme(String heading, String... cues) {
        this.heading = heading;
        this.cues = java.util.Arrays.stream(cues).map(Theme::pattern).toList();
    }

    String heading() {
        return heading;
    }

    private static Pattern pattern(String cue) {
        String quoted = Pattern.quote(cue.toLowerCase(Locale.ROOT));
        return Pattern.compile(cue.codePoints().anyMatch(Theme::han) ? quoted : "(?<!\\p{L})" + quoted);
    }

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    int hits(String lower) {
        int n = 0;
        for (Pattern p : cues) {
            if (p.matcher(lower).find()) {
                n++;
            }
        }
        return n;
    }

    /** The theme with the most cues in the text (the earlier one on a tie), or null when none has any. */
    static Theme of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Theme best = null;
        int most = 0;
        for (Theme t : values()) {
            int h = t.hits(lower);
            if (h > most) {
                best = t;
                most = h;
            }
        }
        return best;
    }
}
