package io.mellchat.classifier.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTest {
    private static final Map<String, List<Template>> SLOTS =
            Map.of("gear", List.of(Template.parse("mouse"), Template.parse("key{board|pad}")));

    private static Set<String> all(String template) {
        Template t = Template.parse(template);
        Random r = new Random(1);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            out.add(t.expand(r, SLOTS));
        }
        return out;
    }

    @Test
    void expandsAlternativesOptionalsAndSlots() {
        assertThat(all("what {@gear} {do you|do u} use"))
                .containsExactlyInAnyOrder(
                        "what mouse do you use", "what mouse do u use",
                        "what keyboard do you use", "what keyboard do u use",
                        "what keypad do you use", "what keypad do u use");
        assertThat(all("hi {chat|}")).containsExactlyInAnyOrder("hi chat", "hi");
        assertThat(all("{@gear|pc} pls")).contains("mouse pls", "pc pls");
        assertThat(all("\\{literal\\} :\\)")).containsExactly("{literal} :)");
        assertThat(Template.parse("plain line").isLiteral()).isTrue();
    }

    @Test
    void repeatsWithAndWithoutSpaces() {
        assertThat(all("{*3 LUL}")).containsExactly("LUL LUL LUL");
        assertThat(all("{+4 ha}")).containsExactly("hahahaha");
        assertThat(all("{*2-3 W}")).containsExactlyInAnyOrder("W W", "W W W");
    }

    @Test
    void reportsBrokenTemplates() {
        assertThatThrownBy(() -> Template.parse("what {game")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> Template.parse("x}")).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> Template.parse("{@nope}").expand(new Random(), SLOTS))
                .hasMessageContaining("unknown slot @nope");
    }
}
