package dev.plumb.core.report.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.source.InputException;
import dev.plumb.core.source.yaml.PositionedYaml;
import dev.plumb.core.source.yaml.YamlMapping;
import dev.plumb.core.source.yaml.YamlScalar;
import dev.plumb.core.source.yaml.YamlSequence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class YamlScalarsTest {

  @Example
  void leavesWordsAndCallsPlainAndQuotesTheRest() {
    assertThat(YamlScalars.text("timestamp with time zone")).isEqualTo("timestamp with time zone");
    assertThat(YamlScalars.text("now()")).isEqualTo("now()");
    assertThat(YamlScalars.text("numeric(10,2)")).isEqualTo("'numeric(10,2)'");
    assertThat(YamlScalars.text("text[]")).isEqualTo("'text[]'");
    assertThat(YamlScalars.text("'pending'")).isEqualTo("\"'pending'\"");
    assertThat(YamlScalars.text("\"Id\"")).isEqualTo("'\"Id\"'");
    assertThat(YamlScalars.text("NULL")).isEqualTo("'NULL'");
    assertThat(YamlScalars.text("yes")).isEqualTo("'yes'");
    assertThat(YamlScalars.text("a: b")).isEqualTo("'a: b'");
    assertThat(YamlScalars.text("two\nlines")).isEqualTo("\"two\\nlines\"");
    assertThat(YamlScalars.textOrInteger("0")).isEqualTo("0");
    assertThat(YamlScalars.textOrInteger("0.10")).isEqualTo("'0.10'");
  }

  @Property(tries = 500)
  void anyTextReadsBackUnchanged_inABlockMapping(@ForAll("texts") String text) throws InputException {
    YamlMapping mapping = (YamlMapping) PositionedYaml.parse("key: " + YamlScalars.text(text) + "\n", "t.yml")
        .orElseThrow();

    assertRead(mapping.text("key").orElseThrow(), text);
  }

  @Property(tries = 500)
  void anyTextReadsBackUnchanged_inAFlowMappingAndList(@ForAll("texts") String text) throws InputException {
    String written = YamlScalars.textOrInteger(text);
    YamlSequence list = (YamlSequence) PositionedYaml.parse("- { a: " + written + ", b: [" + written + ", x] }\n",
        "t.yml").orElseThrow();
    YamlMapping mapping = (YamlMapping) list.items().get(0);

    assertRead(mapping.text("a").orElseThrow(), text);
    assertRead(((YamlSequence) mapping.get("b").orElseThrow()).items().get(0).asText("b"), text);
  }

  private static void assertRead(YamlScalar read, String text) {
    assertThat(read.text()).isEqualTo(text);
    assertThat(read.kind()).isIn(YamlScalar.Kind.STRING, YamlScalar.Kind.INTEGER);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> sqlish = Arbitraries.strings().withChars("abcXYZ_09 ,.:#-'\"\\[]{}()&*!|>%@`?\t\n\r=~")
        .ofMaxLength(12);
    Arbitrary<String> unicode = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(8);
    Arbitrary<String> words = Arbitraries.of("null", "NULL", "~", "true", "False", "yes", "On", "off", "y", "N",
        "1", "-1", "007", "1.5", "1e3", ".inf", "0x1F", "- a", "? b", "a #b", "", " ", "a ", " a", "\uFEFFa",
        "\uD83D\uDE00", "\u0085", "\u2028");
    return Arbitraries.oneOf(sqlish, unicode, words);
  }
}
