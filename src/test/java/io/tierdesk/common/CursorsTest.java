package io.tierdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private final Cursors cursors = new Cursors("test-secret");

    @Test
    void roundTripsTheSortKey() {
        String cursor = cursors.encode("solutions:x", "alice", List.of("2026-11-27T08:00:00Z", "id-1"));
        assertThat(cursors.decode("solutions:x", "alice", cursor, 2)).containsExactly("2026-11-27T08:00:00Z", "id-1");
    }

    @Test
    void rejectsACursorForAnotherListOrFilter() {
        String cursor = cursors.encode("solutions:x", "alice", List.of("k"));
        assertThatThrownBy(() -> cursors.decode("solutions:y", "alice", cursor, 1))
                .isInstanceOf(InvalidInput.class)
                .extracting("code")
                .isEqualTo("invalid-cursor");
    }

    @Test
    void rejectsACursorPresentedByAnotherCaller() {
        String cursor = cursors.encode("solutions:x", "alice", List.of("k"));
        assertThatThrownBy(() -> cursors.decode("solutions:x", "mallory", cursor, 1))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void rejectsATamperedPayload() {
        String cursor = cursors.encode("teams", "alice", List.of("Alpha"));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("Zulu".getBytes())
                + cursor.substring(cursor.indexOf('.'));
        assertThatThrownBy(() -> cursors.decode("teams", "alice", forged, 1)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void rejectsGarbage() {
        for (String garbage : List.of("", ".", "abc", "abc.def", "%%%.***", "a.b.c")) {
            assertThatThrownBy(() -> cursors.decode("teams", "alice", garbage, 1))
                    .isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void cursorsSignedWithAnotherSecretAreRejected() {
        String cursor = new Cursors("other-secret").encode("teams", "alice", List.of("Alpha"));
        assertThatThrownBy(() -> cursors.decode("teams", "alice", cursor, 1)).isInstanceOf(InvalidInput.class);
    }
}
