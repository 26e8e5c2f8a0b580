package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecentRevokesTest {

    private final AtomicLong now = new AtomicLong();
    private final RecentRevokes revokes = new RecentRevokes(now::get);
    private final AtomicInteger asked = new AtomicInteger();

    private boolean ask(String userId, List<String> groups, boolean engineAnswer) {
        return revokes.exist(userId, groups, () -> {
            asked.incrementAndGet();
            return engineAnswer;
        });
    }

    @Test
    void theEngineIsAskedOncePerUserAndGroupsWithinTheTimeToLive() {
        assertThat(ask("vp.officer", List.of("vp", "staff"), false)).isFalse();
        now.addAndGet(RecentRevokes.TIME_TO_LIVE_NANOS - 1);
        // the same groups in another order are the same question
        assertThat(ask("vp.officer", List.of("staff", "vp"), true)).isFalse();
        assertThat(asked).hasValue(1);

        assertThat(ask("vp.officer", List.of("vp"), true)).isTrue();
        assertThat(ask("vp.head", List.of("vp", "staff"), true)).isTrue();
        assertThat(asked).hasValue(3);
    }

    @Test
    void anAnswerOlderThanTheTimeToLiveIsAskedAgain() {
        ask("vp.officer", List.of("vp"), false);
        now.addAndGet(RecentRevokes.TIME_TO_LIVE_NANOS);

        assertThat(ask("vp.officer", List.of("vp"), true)).isTrue();
        assertThat(asked).hasValue(2);
    }

    @Test
    void aRevokeSavedHereClearsEveryAnswer() {
        ask("vp.officer", List.of("vp"), false);
        revokes.forgetAll();

        assertThat(ask("vp.officer", List.of("vp"), true)).isTrue();
        assertThat(asked).hasValue(2);
    }

    @Test
    void anAnswerAskedWhileARevokeWasBeingSavedIsNotKept() {
        // the engine read the table before the revoke was committed; the clearing came before the answer
        assertThat(revokes.exist("vp.officer", List.of("vp"), () -> {
            revokes.forgetAll();
            return false;
        })).isFalse();

        assertThat(ask("vp.officer", List.of("vp"), true)).isTrue();
    }

    @Test
    void theMemoryIsBounded() {
        for (int user = 0; user <= RecentRevokes.MAX_ENTRIES; user++) {
            ask("user" + user, List.of(), false);
        }
        asked.set(0);

        ask("user" + RecentRevokes.MAX_ENTRIES, List.of(), false);
        ask("user0", List.of(), false);
        assertThat(asked).hasValue(1);
    }
}
