package io.tierdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingAndETagsTest {

    @Test
    void limitDefaultsTo50AndIsClampedTo1Through200() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
        assertThat(PageRequest.of(0, null).limit()).isEqualTo(1);
        assertThat(PageRequest.of(-5, null).limit()).isEqualTo(1);
        assertThat(PageRequest.of(1000, null).limit()).isEqualTo(200);
        assertThat(PageRequest.of(20, " ").first()).isTrue();
    }

    @Test
    void pageKeepsLimitItemsAndPointsPastTheLastOne() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), 2, last -> "after-" + last);
        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.nextCursor()).isEqualTo("after-2");
        assertThat(Page.of(List.of(1, 2), 2, last -> "x").nextCursor()).isNull();
    }

    @Test
    void ifMatchAcceptsTheCurrentStrongTagOrAnyTag() {
        assertThatCode(() -> ETags.checkIfMatch(null, 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("*", 3)).doesNotThrowAnyException();
    }

    @Test
    void ifMatchRejectsStaleAndWeakTags() {
        assertThatThrownBy(() -> ETags.checkIfMatch("\"2\"", 3)).isInstanceOf(PreconditionFailed.class);
        assertThatThrownBy(() -> ETags.checkIfMatch("W/\"3\"", 3)).isInstanceOf(PreconditionFailed.class);
        assertThatThrownBy(() -> ETags.checkIfMatch("3", 3)).isInstanceOf(PreconditionFailed.class);
    }
}
