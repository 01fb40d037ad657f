package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The typed field readers at their edges: the int range, and how a wrong value is named. */
class JsonFieldsTest {
  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void integersUpToTheIntRange() throws Exception {
    assertThat(JsonFields.integer(json("2147483647"), "n")).isEqualTo(Integer.MAX_VALUE);
    assertThat(JsonFields.integer(json("-2147483647"), "n")).isEqualTo(-Integer.MAX_VALUE);
    assertThat(JsonFields.integer(json("4.0"), "n")).isEqualTo(4);
    assertThatThrownBy(() -> JsonFields.integer(json("2147483648"), "n"))
        .hasMessage("n = 2147483648, expected an integer");
    assertThatThrownBy(() -> JsonFields.integer(json("2.5"), "n"))
        .hasMessage("n = 2.5, expected an integer");
    assertThatThrownBy(() -> JsonFields.integer(json("\"3\""), "n"))
        .hasMessage("n is \"3\", expected an integer");
  }

  @Test
  void aWrongValueIsNamedShortly() throws Exception {
    assertThatThrownBy(() -> JsonFields.number(json("[1]"), "x"))
        .hasMessage("x is a list, expected a number");
    assertThatThrownBy(() -> JsonFields.text(json("{\"a\": 1}"), "x"))
        .hasMessage("x is an object, expected a string");
    assertThatThrownBy(() -> JsonFields.array(json("true"), "x"))
        .hasMessage("x is true, expected a list [...]");
    // a string is shown with its quotes: 38 letters are 40 characters, shown whole
    String fits = "a".repeat(38);
    assertThatThrownBy(() -> JsonFields.number(json("\"" + fits + "\""), "x"))
        .hasMessage("x is \"" + fits + "\", expected a number");
    // 39 letters are 41 characters: the first 37 and "..."
    String tooLong = "b".repeat(39);
    assertThatThrownBy(() -> JsonFields.object(json("\"" + tooLong + "\""), "x"))
        .hasMessage("x is \"" + "b".repeat(36) + "..., expected an object {...}");
  }
}
