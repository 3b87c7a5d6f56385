package dev.plumb.core.source.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionedYamlTest {

  @Test
  void keepsThePositionOfEveryNode() throws InputException {
    YamlMapping root = (YamlMapping) PositionedYaml.parse("""
        a: text
        b:
          - 1
          - { c: [x, y] }
        """, "f.yml").orElseThrow();

    assertThat(root.span()).isEqualTo(at(1, 1));
    assertThat(root.entry("a").orElseThrow().keySpan()).isEqualTo(at(1, 1));
    assertThat(root.get("a").orElseThrow().span()).isEqualTo(at(1, 4));
    YamlSequence b = (YamlSequence) root.get("b").orElseThrow();
    assertThat(b.span()).isEqualTo(at(3, 3));
    assertThat(b.items().get(0).span()).isEqualTo(at(3, 5));
    YamlMapping flow = (YamlMapping) b.items().get(1);
    assertThat(flow.span()).isEqualTo(at(4, 5));
    YamlSequence c = (YamlSequence) flow.get("c").orElseThrow();
    assertThat(c.span()).isEqualTo(at(4, 10));
    assertThat(c.items()).extracting(YamlNode::span).containsExactly(at(4, 11), at(4, 14));
  }

  @Test
  void onlyTrueAndFalseAreBooleansAsInYaml12() throws InputException {
    YamlMapping root = (YamlMapping) PositionedYaml.parse("""
        t: true
        f: False
        off: off
        yes: yes
        n: 12
        x: 1.5
        e:
        q: '12'
        """, "f.yml").orElseThrow();

    assertThat(root.entries()).extracting(e -> e.key() + "=" + ((YamlScalar) e.value()).kind()
        + ":" + ((YamlScalar) e.value()).text())
        .containsExactly("t=BOOLEAN:true", "f=BOOLEAN:false", "off=STRING:off", "yes=STRING:yes", "n=INTEGER:12",
            "x=FLOAT:1.5", "e=NULL:", "q=STRING:12");
  }

  @Test
  void anEmptyDocumentHasNoRoot() throws InputException {
    assertThat(PositionedYaml.parse("", "f.yml")).isEmpty();
    assertThat(PositionedYaml.parse("# just a comment\n", "f.yml")).isEmpty();
    assertThat(PositionedYaml.parse("---\n", "f.yml")).isEmpty();
  }

  @Test
  void typedGettersNameTheKeyAndTheValue() throws InputException {
    YamlMapping root = (YamlMapping) PositionedYaml.parse("flag: maybe\nlist: [1, {a: b}]\n", "f.yml")
        .orElseThrow();

    assertThatThrownBy(() -> root.bool("flag")).hasMessage("f.yml:1:7: 'flag' must be true or false, got 'maybe'");
    assertThatThrownBy(() -> root.mapping("flag")).hasMessage("f.yml:1:7: 'flag' must be a mapping, got 'maybe'");
    assertThatThrownBy(() -> root.texts("list"))
        .hasMessage("f.yml:2:11: each item of 'list' must be text, got a mapping");
    assertThatThrownBy(() -> root.requireKnownKeys(List.of("flag", "lists"), "here"))
        .hasMessage("f.yml:2:1: unknown key 'list' here; did you mean 'lists'?");
  }

  @Test
  void tabIndentationIsASyntaxErrorOnOneLine() {
    assertThatThrownBy(() -> PositionedYaml.parse("a:\n\tb: 1\n", "f.yml"))
        .isInstanceOf(InputException.class)
        .hasMessage("f.yml:2:1: invalid YAML: a tab character where YAML allows only spaces");
    assertThatThrownBy(() -> PositionedYaml.parse("a:\tb\n", "f.yml"))
        .hasMessage("f.yml:1:3: invalid YAML: a tab character where YAML allows only spaces");
  }

  @Test
  void unterminatedQuotePointsAtTheEnd() {
    assertThatThrownBy(() -> PositionedYaml.parse("a: \"open\n", "f.yml"))
        .hasMessage("f.yml:2:1: invalid YAML: found unexpected end of stream (while scanning a quoted scalar at line 1)");
  }

  @Test
  void complexKeysAreRejected() {
    assertThatThrownBy(() -> PositionedYaml.parse("? [a]\n: 1\n", "f.yml"))
        .hasMessage("f.yml:1:4: invalid YAML: keys must be plain text, not a list or a mapping");
  }

  private static SourceSpan at(int line, int column) {
    return SourceSpan.at("f.yml", line, column);
  }
}
