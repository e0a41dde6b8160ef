package dev.annals.logic.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    /** Lower-cased offices by their first letter, longest first. */
    private static final Map<Character, List<String>> OFFICES_BY_LETTER = OFFICES.stream().map(PeopleExtractor::lower)
            .sorted((a, b) -> b.length() - a.length()).collect(Collectors.groupingBy(o -> o.charAt(0)));
    private static final Set<String> NOT_NAMES = Set.of("Bộ", "Cục", "Ủy", "Phó", "Chánh", "Giám", "Chủ", "Tổng", "Đảng",
            "Ban", "Sở", "Viện", "Tại", "Và", "Cùng");
    private static final int MAX_BODY_WORDS = 6;
    private static final int RANKS = 12;

    private PeopleExtractor() {
    }

    static List<String> find(String text) {
        Map<String, String> byName = new LinkedHashMap<>();
        String lower = lower(text);
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetter(text.charAt(i - 1)) || !OFFICES_BY_LETTER.containsKey(lower.charAt(i))) continue;
            int end = officeEnd(lower, i);
            if (end < 0) continue;
            Person person = personAfter(text, i, end);
            if (person != null && (!byName.containsKey(person.name()) || isRank(person.written()) && !isRank(byName.get(person.name())))) {
                byName.put(person.name(), person.written());
            }
            i = end - 1;
        }
        return new ArrayList<>(byName.values());
    }

    /** The end of the known rank or office starting at {@code at} in lower-cased text, or -1. */
    private static int officeEnd(String lower, int at) {
        for (String office : OFFICES_BY_LETTER.getOrDefault(lower.charAt(at), List.of())) {
            int end = at + office.length();
            if (lower.startsWith(office, at) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) return end;
        }
        return -1;
    }

    /** Lower case with the same length, so indices stay valid. */
    private static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }

    /** Military and police ranks name a person more lastingly than an office does. */
    private static boolean isRank(String written) {
        return OFFICES.subList(0, RANKS).stream().anyMatch(rank -> written.regionMatches(true, 0, rank, 0, rank.length()));
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
                String body = String.join(" ", List.of(words).subList(1, skip));
                String written = office + (body.isEmpty() ? "" : " " + body) + " " + String.join(" ", name);
                return new Person(String.join(" ", name), written);
            }
        }
        return null;
    }

    /** Body words start with a capital ("Bộ Công an", "Chính phủ") and carry no punctuation. */
    private static boolean bodyWordAllowed(String[] words, int index) {
        String word = words[index];
        if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) return false;
        return index > 1 || Character.isUpperCase(word.codePointAt(0));
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
        String rest = String.join(" ", List.of(words).subList(index, Math.min(words.length, index + 4)));
        return officeEnd(lower(rest), 0) >= 0;
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
        if (word.length() < 1 || word.length() > 7 || !Character.isUpperCase(word.codePointAt(0))) return false;
        return word.codePoints().skip(1).allMatch(Character::isLowerCase);
    }
}
