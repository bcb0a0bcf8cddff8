package dev.monazite.ingest;

import dev.monazite.text.Normaliser;
import java.util.List;
import java.util.Set;

/**
 * Recognises interface text that clipping tools and news sites leave in exported files
 * ("Workflow", "icon", "Search documents", "View original", third-party disclaimers) so that
 * it never becomes article text.
 */
final class Debris {
    private static final Set<String> LINES = Set.of(
            "workflow", "icon", "search documents", "搜索文档", "搜寻文件", "搜索文件", "tìm kiếm tài liệu",
            "xem bản gốc", "view original", "查看原文", "阅读原文", "read more", "原文链接", "ワークフロー",
            "ドキュメントを検索", "原文を見る", "share", "分享", "chia sẻ");

    private static final List<String> PREFIXES = List.of(
            "trang này có thể chứa nội dung của bên thứ ba",
            "this page may contain third-party content",
            "本页面可能包含第三方内容",
            "本页面可能包含第三方信息",
            "免责声明",
            "disclaimer:");

    private static final Set<String> HEADER_OPENERS = Set.of("workflow", "ワークフロー");

    private Debris() {}

    /**
     * Index of the first line after a clipping tool's header ("Workflow", the workflow's name,
     * "icon", "Search documents"), or 0 when the text has no such header. The name line counts as
     * header only when debris follows it, so a file opening "Workflow" then a title keeps its title.
     */
    static int headerEnd(List<String> lines) {
        int i = nextContent(lines, 0);
        if (i >= lines.size() || !HEADER_OPENERS.contains(Normaliser.fold(lines.get(i).strip()))) {
            return 0;
        }
        i = nextContent(lines, i + 1);
        int afterName = nextContent(lines, i + 1);
        if (i < lines.size() && !isDebris(lines.get(i)) && afterName < lines.size() && isDebris(lines.get(afterName))) {
            i = afterName;
        }
        while (i < lines.size() && isDebris(lines.get(i))) {
            i++;
        }
        return i;
    }

    private static int nextContent(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    static boolean isDebris(String line) {
        if (line.length() > 300) {
            return false; // debris is short; article lines are not worth folding for this check
        }
        String folded = Normaliser.fold(line.strip());
        if (folded.isEmpty() || LINES.contains(folded)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (folded.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
