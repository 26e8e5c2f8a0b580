package vn.phoyen.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecentLoginsTest {

    static final String HEADER = "Basic dnAub2ZmaWNlcjpkZW1v";
    static final RecentLogins.Login OFFICER = new RecentLogins.Login("vp.officer", List.of("vp"), List.of());

    final AtomicLong now = new AtomicLong(1_000);
    final RecentLogins logins = new RecentLogins(now::get);

    @Test
    void aVerifiedLoginIsTakenAsItWasUntilItsTimeToLiveEnds() {
        logins.verified(HEADER, OFFICER);

        now.addAndGet(RecentLogins.TIME_TO_LIVE_NANOS - 1);
        assertThat(logins.find(HEADER)).contains(OFFICER);
        now.addAndGet(1);
        assertThat(logins.find(HEADER)).isEmpty();
    }

    @Test
    void anotherPasswordForTheSameUserIsNotTheVerifiedLogin() {
        logins.verified(HEADER, OFFICER);

        assertThat(logins.find("Basic dnAub2ZmaWNlcjpzYWk=")).isEmpty();
    }

    @Test
    void aRefusedLoginForgetsEveryVerifiedLoginOfThatUserOnly() {
        RecentLogins.Login head = new RecentLogins.Login("vp.head", List.of("vp"), List.of());
        logins.verified(HEADER, OFFICER);
        logins.verified("Basic dnAuaGVhZDpkZW1v", head);

        logins.refused("vp.officer");

        assertThat(logins.find(HEADER)).isEmpty();
        assertThat(logins.find("Basic dnAuaGVhZDpkZW1v")).contains(head);
    }

    @Test
    void theOldestLoginGoesFirstOnceTheBoundIsReached() {
        for (int user = 0; user <= RecentLogins.MAX_ENTRIES; user++) {
            logins.verified("Basic user-" + user, new RecentLogins.Login("user-" + user, List.of(), List.of()));
        }

        assertThat(logins.find("Basic user-0")).isEmpty();
        assertThat(logins.find("Basic user-1")).isPresent();
        assertThat(logins.find("Basic user-" + RecentLogins.MAX_ENTRIES)).isPresent();
    }
}
