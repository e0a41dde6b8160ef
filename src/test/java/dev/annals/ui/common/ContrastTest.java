package dev.annals.ui.common;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneToOneAndGreyIsWhereWcagPutsIt() {
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, within(0.01));
        assertThat(Contrast.ratio(Color.WHITE, Color.WHITE)).isCloseTo(1.0, within(0.001));
        assertThat(Contrast.ratio(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(Contrast.ratio(Color.web("#777777"), Color.WHITE)).isLessThan(4.5);
    }

    @Test
    void aTranslucentColourIsPaintedOverItsGround() {
        assertThat(Contrast.over(Color.web("#000000", 0.5), Color.WHITE)).isEqualTo(Color.color(0.5, 0.5, 0.5));
    }

    @Test
    void aPaleColourIsShadedDarkerOnWhiteAndLighterOnBlackUntilItStandsOut() {
        Color yellow = Color.web("#F0E442");
        Color onWhite = Contrast.atLeast(yellow, Color.WHITE, 3.0);
        Color onBlack = Contrast.atLeast(Color.web("#0072B2"), Color.BLACK, 3.0);
        assertThat(Contrast.ratio(onWhite, Color.WHITE)).isGreaterThanOrEqualTo(3.0);
        assertThat(Contrast.luminance(onWhite)).isLessThan(Contrast.luminance(yellow));
        assertThat(Contrast.ratio(onBlack, Color.BLACK)).isGreaterThanOrEqualTo(3.0);
        assertThat(Contrast.atLeast(Color.BLACK, Color.WHITE, 3.0)).isEqualTo(Color.BLACK);
    }
}
