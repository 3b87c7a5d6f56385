package dev.plumb.core.source.yaml;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.InputException;
import java.util.ArrayList;
import java.util.List;

/** A YAML list, block ({@code - a}) or flow ({@code [a, b]}). */
public record YamlSequence(List<YamlNode> items, SourceSpan span) implements YamlNode {

  public YamlSequence {
    items = List.copyOf(requireNonNull(items, "no items given"));
    requireNonNull(span, "no span given");
  }

  @Override
  public String describe() {
    return "a list";
  }

  /** The items as text; {@code what} names the list in the message about an item that is not text. */
  public List<YamlScalar> texts(String what) throws InputException {
    List<YamlScalar> texts = new ArrayList<>(items.size());
    for (YamlNode item : items) {
      texts.add(item.asText("each item of " + what));
    }
    return texts;
  }
}
