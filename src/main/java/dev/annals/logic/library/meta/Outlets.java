package dev.annals.logic.library.meta;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The outlet a URL or domain belongs to: its name for well-known Vietnamese and international news sites, else the domain. */
public final class Outlets {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("vnexpress.net", "VnExpress"), Map.entry("e.vnexpress.net", "VnExpress International"),
            Map.entry("tuoitre.vn", "Tuổi Trẻ"), Map.entry("thanhnien.vn", "Thanh Niên"), Map.entry("dantri.com.vn", "Dân trí"),
            Map.entry("vietnamnet.vn", "VietNamNet"), Map.entry("nhandan.vn", "Nhân Dân"), Map.entry("nhandan.com.vn", "Nhân Dân"),
            Map.entry("cand.com.vn", "Công an nhân dân"), Map.entry("bocongan.gov.vn", "Cổng Thông tin điện tử Bộ Công an"),
            Map.entry("mps.gov.vn", "Cổng Thông tin điện tử Bộ Công an"), Map.entry("baochinhphu.vn", "Báo Chính phủ"),
            Map.entry("chinhphu.vn", "Cổng Thông tin điện tử Chính phủ"), Map.entry("vov.vn", "VOV"), Map.entry("vtv.vn", "VTV"),
            Map.entry("laodong.vn", "Lao Động"), Map.entry("zingnews.vn", "Znews"), Map.entry("znews.vn", "Znews"),
            Map.entry("qdnd.vn", "Quân đội nhân dân"), Map.entry("tienphong.vn", "Tiền Phong"), Map.entry("nld.com.vn", "Người Lao Động"),
            Map.entry("sggp.org.vn", "Sài Gòn Giải Phóng"), Map.entry("hanoimoi.vn", "Hà Nội Mới"), Map.entry("hanoimoi.com.vn", "Hà Nội Mới"),
            Map.entry("vietnamplus.vn", "VietnamPlus"), Map.entry("vnanet.vn", "TTXVN"), Map.entry("baotintuc.vn", "Báo Tin tức"),
            Map.entry("congan.com.vn", "Công an TP.HCM"), Map.entry("antv.gov.vn", "ANTV"), Map.entry("toquoc.vn", "Tổ Quốc"),
            Map.entry("plo.vn", "Pháp Luật TP.HCM"), Map.entry("vtc.vn", "VTC News"), Map.entry("kenh14.vn", "Kenh14"),
            Map.entry("24h.com.vn", "24h"), Map.entry("cafef.vn", "CafeF"), Map.entry("vneconomy.vn", "VnEconomy"),
            Map.entry("baomoi.com", "Báo Mới"), Map.entry("soha.vn", "Soha"), Map.entry("dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam"),
            Map.entry("quochoi.vn", "Cổng Thông tin điện tử Quốc hội"), Map.entry("giaoducthoidai.vn", "Giáo dục và Thời đại"),
            Map.entry("suckhoedoisong.vn", "Sức khỏe & Đời sống"), Map.entry("baophapluat.vn", "Báo Pháp luật Việt Nam"),
            Map.entry("tapchicongsan.org.vn", "Tạp chí Cộng sản"), Map.entry("vietnamnews.vn", "Việt Nam News"),
            Map.entry("bbc.com", "BBC"), Map.entry("bbc.co.uk", "BBC"), Map.entry("reuters.com", "Reuters"),
            Map.entry("apnews.com", "AP"), Map.entry("nytimes.com", "The New York Times"), Map.entry("theguardian.com", "The Guardian"),
            Map.entry("guardian.co.uk", "The Guardian"), Map.entry("cnn.com", "CNN"), Map.entry("washingtonpost.com", "The Washington Post"),
            Map.entry("wsj.com", "The Wall Street Journal"), Map.entry("bloomberg.com", "Bloomberg"), Map.entry("ft.com", "Financial Times"),
            Map.entry("economist.com", "The Economist"), Map.entry("aljazeera.com", "Al Jazeera"), Map.entry("france24.com", "France 24"),
            Map.entry("dw.com", "DW"), Map.entry("afp.com", "AFP"), Map.entry("npr.org", "NPR"), Map.entry("nbcnews.com", "NBC News"),
            Map.entry("cbsnews.com", "CBS News"), Map.entry("abcnews.go.com", "ABC News"), Map.entry("foxnews.com", "Fox News"),
            Map.entry("usatoday.com", "USA Today"), Map.entry("time.com", "Time"), Map.entry("theatlantic.com", "The Atlantic"),
            Map.entry("politico.com", "Politico"), Map.entry("axios.com", "Axios"), Map.entry("scmp.com", "South China Morning Post"),
            Map.entry("straitstimes.com", "The Straits Times"), Map.entry("asia.nikkei.com", "Nikkei Asia"), Map.entry("rfa.org", "RFA"),
            Map.entry("voanews.com", "VOA"), Map.entry("voatiengviet.com", "VOA Tiếng Việt"), Map.entry("rfi.fr", "RFI"),
            Map.entry("xinhuanet.com", "Xinhua"), Map.entry("japantimes.co.jp", "The Japan Times"), Map.entry("thediplomat.com", "The Diplomat"),
            Map.entry("telegraph.co.uk", "The Telegraph"), Map.entry("independent.co.uk", "The Independent"), Map.entry("lemonde.fr", "Le Monde"),
            Map.entry("lefigaro.fr", "Le Figaro"), Map.entry("spiegel.de", "Der Spiegel"), Map.entry("elpais.com", "El País"),
            Map.entry("latimes.com", "Los Angeles Times"), Map.entry("news.sky.com", "Sky News"), Map.entry("abc.net.au", "ABC News (Australia)"));
    private static final Pattern HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)?([^/?#:\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN = Pattern.compile("^[a-z0-9-]+(?:\\.[a-z0-9-]+)+$");

    private Outlets() {
    }

    /** The outlet's name for a URL or a bare domain, or the domain without "www."; empty when it is neither. */
    public static Optional<String> nameFor(String urlOrDomain) {
        return host(urlOrDomain).map(host -> {
            for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
                String name = NAMES.get(h);
                if (name != null) return name;
            }
            return host;
        });
    }

    /** True when the text is only a site's name or domain, such as a line "VnExpress" or "tuoitre.vn". */
    public static boolean isSiteName(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 60) return false;
        if (DOMAIN.matcher(t).matches() && nameFor(t).isPresent()) return true;
        return NAMES.values().stream().anyMatch(n -> n.equalsIgnoreCase(t) || ("báo " + n).equalsIgnoreCase(t));
    }

    static Optional<String> host(String urlOrDomain) {
        if (urlOrDomain == null || urlOrDomain.isBlank()) return Optional.empty();
        String value = urlOrDomain.strip();
        Matcher m = HOST.matcher(value);
        if (!m.find()) return Optional.empty();
        String host = m.group(1).toLowerCase(Locale.ROOT);
        try {
            if (host.contains("%") || host.contains("xn--")) host = URI.create("http://" + host).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null || !DOMAIN.matcher(host).matches()) return Optional.empty();
        if (!value.contains("://") && !value.startsWith("www.") && !DOMAIN.matcher(value.toLowerCase(Locale.ROOT)).matches()
                && !value.contains("/")) {
            return Optional.empty();
        }
        host = host.replaceFirst("^(?:www\\d?|m|amp|mobile)\\.", "");
        return Optional.of(host);
    }
}
