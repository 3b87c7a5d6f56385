package dev.plumb.core.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.Writer;

/**
 * Pretty-printed JSON that is byte-for-byte the same on every platform, so reports can be diffed and
 * committed: two-space indent, {@code \n} line ends, {@code "key": value}, and the caller's writer left open.
 */
public final class JsonOutput {

  /** Builds tree nodes; object nodes keep insertion order, which is the order in the output. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectWriter WRITER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build()
      .writer(prettyPrinter());

  private JsonOutput() {
  }

  public static void write(JsonNode document, Writer out) throws IOException {
    WRITER.writeValue(out, document);
    out.write('\n');
    out.flush();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}
