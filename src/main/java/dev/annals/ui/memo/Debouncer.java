package dev.annals.ui.memo;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once typing has paused: each {@link #restart} puts it off again. Tests fire it by hand. */
public interface Debouncer {

    void restart(Runnable action);

    void cancel();

    /** A pause of {@code millis} on the FX thread's clock. */
    static Debouncer fx(long millis) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        return new Debouncer() {
            @Override
            public void restart(Runnable action) {
                pause.setOnFinished(e -> action.run());
                pause.playFromStart();
            }

            @Override
            public void cancel() {
                pause.stop();
            }
        };
    }
}
