package dev.localio.linux.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KasanObjectTest {

    private final Kernel kernel = new Kernel("kasan-test");

    private final class Thing extends KasanObject {
        Thing() {
            super(kernel, "struct thing");
        }

        int field() {
            kasanCheck("thing->field");
            return 42;
        }
    }

    @Test
    void a_live_object_is_accessed_without_report() {
        assertThat(new Thing().field()).isEqualTo(42);
        assertThat(kernel.kasan().reports()).isEmpty();
    }

    @Test
    void touching_a_freed_object_throws_and_records_a_use_after_free_report() {
        Thing t = new Thing();
        t.kfree();
        assertThatThrownBy(t::field).isInstanceOf(KasanUseAfterFree.class)
                .hasMessage("BUG: KASAN: slab-use-after-free in thing->field on struct thing");
        assertThat(kernel.kasan().reports()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("slab-use-after-free");
            assertThat(r.object()).isEqualTo("struct thing");
            assertThat(r.access()).isEqualTo("thing->field");
        });
        assertThat(kernel.trace().counterValue("kasan_reports")).isEqualTo(1);
    }

    @Test
    void a_second_free_is_a_double_free_report() {
        Thing t = new Thing();
        t.kfree();
        assertThatThrownBy(t::kfree).isInstanceOf(KasanUseAfterFree.class);
        assertThat(kernel.kasan().reports()).extracting(Kasan.KasanReport::kind)
                .containsExactly("double-free");
    }
}
