package dev.annals.logic.annotate;

import java.util.List;

/** The example annotations of the bundled articles: exact quotes, so they are placed where they were chosen or not at all. */
final class StarterExampleList {

    record Example(String seed, String theme, String quote, String note) {
    }

    private static final String CRIME = "phòng chống tội phạm";
    private static final String ORDER = "an ninh trật tự";
    private static final String LEADERS = "chỉ đạo của lãnh đạo Đảng, Nhà nước";
    private static final String Y2020 = "000_0e0605bb8dec2198.txt";
    private static final String MID2021 = "001_12874e23efcb2c87.txt";
    private static final String END2021 = "002_c69ccf0290f8bbb5.txt";
    private static final String COMMUNE = "003_ad2d6689d32f3b92.txt";
    private static final String COVID = "004_a247764e4e55ebab.txt";

    static final List<Example> ALL = List.of(
            new Example(Y2020, CRIME, "triệt xóa hết các băng, ổ nhóm tội phạm", "Example: the minister's target, no gang left in any locality."),
            new Example(Y2020, LEADERS, "nội dung phát biểu chỉ đạo của Thủ tướng Chính phủ Nguyễn Xuân Phúc", ""),
            new Example(Y2020, ORDER, "công tác đảm bảo an ninh trật tự", ""),
            new Example(MID2021, LEADERS, "Chủ tịch nước Nguyễn Xuân Phúc đến dự và phát biểu chỉ đạo", "Example: the State President attends."),
            new Example(MID2021, ORDER, "giữ vững an ninh quốc gia, bảo đảm trật tự, an toàn xã hội trong mọi tình huống", ""),
            new Example(END2021, CRIME, "quyết liệt phòng ngừa, ngăn chặn tội phạm", ""),
            new Example(END2021, ORDER, "bảo đảm trật tự, an toàn xã hội", "Example: order named together with crime prevention."),
            new Example(COMMUNE, "Công an xã", "Thật sự gần dân, sát dân, là điểm tựa bình yên của nhân dân", "Example: the motto of the commune police."),
            new Example(COMMUNE, "xây dựng lực lượng", "xây dựng lực lượng CAND thực sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại", ""),
            new Example(COVID, "ứng phó Covid-19", "Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19", ""),
            new Example(COVID, "thi đua khen thưởng", "phát động phong trào thi đua đặc biệt trong lực lượng Công an nhân dân", "Example: an emulation movement launched against the pandemic."),
            new Example(COVID, ORDER, "bảo đảm an ninh, trật tự (ANTT)", ""));

    private StarterExampleList() {
    }
}
