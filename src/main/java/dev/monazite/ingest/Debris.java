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

    private Debris() {}

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
