package dev.annals.logic.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes lines that are page chrome rather than article (comment forms, "related news" headings, share links) and
 * a line repeated right after itself, as an image caption often is. Only whole lines are removed.
 */
final class Boilerplate {

    private static final Set<String> CHROME = Set.of(
            "phản hồi", "gửi phản hồi", "thông tin người gửi phản hồi", "ý kiến bạn đọc", "ý kiến phản hồi",
            "bình luận", "gửi bình luận", "các tin khác", "tin khác", "tin liên quan", "tin cùng chuyên mục",
            "bài viết liên quan", "tin mới nhất", "tin mới", "xem nhiều nhất", "đọc nhiều nhất", "tin đọc nhiều",
            "liên kết website", "liên kết web", "gửi cho bạn bè", "gửi bài viết cho bạn bè", "in bài", "in bài viết",
            "bản in", "chia sẻ", "chia sẻ bài viết", "về đầu trang", "lên đầu trang", "quay lại", "trở về",
            "share", "print", "tweet", "back to top", "related articles", "comments");

    private Boilerplate() {
    }

    static List<String> remove(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        String previous = null;
        for (String line : lines) {
            String key = line.strip();
            if (key.isEmpty()) {
                out.add("");
            } else if (!isChrome(key) && !key.equals(previous)) {
                out.add(line);
                previous = key;
            }
        }
        return out;
    }

    static boolean isChrome(String line) {
        String key = line.toLowerCase(Locale.ROOT).replaceAll("^[\\s»›>|•-]+|[\\s:»›>|•.-]+$", "");
        return CHROME.contains(key);
    }
}
