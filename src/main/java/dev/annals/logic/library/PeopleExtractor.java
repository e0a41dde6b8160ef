package dev.annals.logic.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People named with their rank or office ("Đại tướng Tô Lâm", "Thủ tướng Chính phủ Nguyễn Xuân Phúc"): a known rank
 * or office, perhaps the body it belongs to, then a Vietnamese name of 2–4 capitalized syllables starting with a
 * family name. Each person is listed once, with the first rank or office the article gives.
 */
final class PeopleExtractor {

    private static final List<String> OFFICES = List.of(
            "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
            "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Tổng Bí thư", "Phó Chủ tịch nước", "Chủ tịch nước",
            "Phó Chủ tịch Quốc hội", "Chủ tịch Quốc hội", "Phó Thủ tướng", "Thủ tướng", "Bộ trưởng", "Thứ trưởng",
            "Phó Bí thư", "Bí thư", "Phó Chủ tịch", "Chủ tịch", "Phó Giám đốc", "Giám đốc", "Phó Cục trưởng",
            "Cục trưởng", "Phó Vụ trưởng", "Vụ trưởng", "Chánh Văn phòng", "Chánh án", "Viện trưởng", "Tư lệnh",
            "Phó Tư lệnh", "Trưởng ban", "Phó Trưởng ban", "Chính ủy", "Trưởng Công an", "Phó Trưởng Công an");
    private static final Set<String> FAMILY_NAMES = Set.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Lương", "Tô", "Đinh", "Trịnh", "Đoàn", "Lâm", "Mai", "Trương", "Đào", "Cao", "Hà", "Chu",
            "Tạ", "Vương", "Phùng", "Kiều", "Quách", "Triệu", "Lưu", "Thái", "Đàm", "Tăng", "Lục", "Mạc", "Hứa",
            "Giang", "La", "Nông", "Lò", "Kim", "Châu", "Thân", "Khổng", "Tống", "Từ", "Âu", "Doãn", "Diệp", "Quan",
            "Lại", "Tôn", "Hầu", "Nghiêm", "Bạch", "Mẫn", "Khúc", "Hàn", "Lã", "Ninh", "Đậu", "Vi", "Phí", "Ma",
            "Cù", "Thạch", "Nhữ", "Văn", "Ông", "Lạc", "Lữ", "Khuất", "Tiêu", "Vòng", "Sầm");
    private static final OfficeIndex OFFICE_INDEX = new OfficeIndex(OFFICES);
    private static final Set<String> NOT_NAMES = Set.of("Bộ", "Cục", "Ủy", "Phó", "Chánh", "Giám", "Chủ", "Tổng", "Đảng",
            "Ban", "Sở", "Viện", "Tại", "Và", "Cùng");
    private static final int MAX_BODY_WORDS = 6;
    private static final int RANKS = 12;

    private PeopleExtractor() {
    }

    /** The known rank or office {@code written} starts with, longest first, or null. */
    static String officeOf(String written) {
        int end = OFFICE_INDEX.end(LowerCase.of(written), 0);
        return end < 0 ? null : written.substring(0, end);
    }

    static boolean isFamilyName(String word) {
        return FAMILY_NAMES.contains(word);
    }

    /** The people in {@code text}; {@code lower} is that text in {@link LowerCase}. */
    static List<String> find(String text, String lower) {
        Map<String, String> byName = new LinkedHashMap<>();
        int[] offices = OFFICE_INDEX.spans(lower);
        for (int k = 0; k < offices.length; k += 2) {
            Person person = personAfter(text, offices[k], offices[k + 1]);
            if (person != null && (!byName.containsKey(person.name()) || isRank(person.written()) && !isRank(byName.get(person.name())))) {
                byName.put(person.name(), person.written());
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Military and police ranks name a person more lastingly than an office does. */
    private static boolean isRank(String written) {
        for (int i = 0; i < RANKS; i++) {
            String rank = OFFICES.get(i);
            if (written.regionMatches(true, 0, rank, 0, rank.length())) return true;
        }
        return false;
    }

    private record Person(String name, String written) {
    }

    /** The name after an office at [start, end): right after it, or after the body the office belongs to. */
    private static Person personAfter(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 160));
        if (!after.startsWith(" ")) return null;
        int newline = after.indexOf('\n');
        String[] words = (newline >= 0 ? after.substring(0, newline) : after).split(" ", -1);
        // words[0] is "" because the office is followed by a space; a body ("Bộ Công an") may come before the name.
        for (int skip = 1; skip <= MAX_BODY_WORDS + 1 && skip < words.length; skip++) {
            if (skip > 1 && !bodyWordAllowed(words, skip - 1)) return null;
            List<String> name = nameAt(words, skip);
            if (!name.isEmpty()) {
                String office = text.substring(start, end);
                String body = joined(words, 1, skip);
                String written = office + (body.isEmpty() ? "" : " " + body) + " " + String.join(" ", name);
                return new Person(String.join(" ", name), written);
            }
        }
        return null;
    }

    /** Body words start with a capital ("Bộ Công an", "Chính phủ") and carry no punctuation. */
    private static boolean bodyWordAllowed(String[] words, int index) {
        String word = words[index];
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) return false;
        }
        return index > 1 || Character.isUpperCase(word.charAt(0));
    }

    private static List<String> nameAt(String[] words, int index) {
        if (index >= words.length || !FAMILY_NAMES.contains(clean(words[index]))) return List.of();
        List<String> name = new ArrayList<>();
        for (int i = index; i < words.length && name.size() < 4; i++) {
            String word = clean(words[i]);
            if (!isSyllable(word) || name.size() >= 2 && startsAnotherTitle(words, i)) break;
            name.add(word);
            if (!word.equals(words[i])) break;
        }
        return name.size() >= 2 ? name : List.of();
    }

    /** "Đặng Hồng Đức Chánh Văn phòng": the name ends where an office or a body begins. */
    private static boolean startsAnotherTitle(String[] words, int index) {
        if (NOT_NAMES.contains(clean(words[index]))) return true;
        String rest = joined(words, index, Math.min(words.length, index + 4));
        return !rest.isEmpty() && OFFICE_INDEX.end(LowerCase.of(rest), 0) >= 0;
    }

    private static String clean(String word) {
        int end = word.length();
        while (end > 0 && isPunctuation(word.charAt(end - 1))) end--;
        return word.substring(0, end);
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean isSyllable(String word) {
        if (word.isEmpty() || word.length() > 7 || !Character.isUpperCase(word.charAt(0))) return false;
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) return false;
        }
        return true;
    }

    private static String joined(String[] words, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) out.append(i > from ? " " : "").append(words[i]);
        return out.toString();
    }
}
