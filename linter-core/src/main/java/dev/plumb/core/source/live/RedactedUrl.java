package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL as Plumb shows it: without the password of {@code user:password@host} and without any
 * {@code password=...} parameter ({@code ?a=b&password=x}, H2's {@code ;PASSWORD=x}, MariaDB's
 * {@code (password=x)}). Every message about a live database names it by this, never by the URL as given; a
 * password known from elsewhere ({@code --password-env}) is blanked from driver messages too, as typed and
 * URL-encoded. A password in the user info must be URL-encoded where it holds a {@code ?} or {@code #}, as URLs
 * require; it may hold {@code @} and {@code /}.
 */
public final class RedactedUrl {

  private static final Pattern USERINFO = Pattern.compile("^([a-zA-Z0-9:+.-]*//)([^/?#;@:]*):([^?#]*)@");
  /** A parameter whose name says it holds a secret: password, PASSWORD, sslpassword, pwd, ... */
  private static final Pattern SECRET_PARAMETER = Pattern.compile(
      "([?&;(])([A-Za-z_.-]*(?:password|passwd|pwd)[A-Za-z_.-]*)=[^&;)#\\s]*", Pattern.CASE_INSENSITIVE);
  private static final String BLANK = "***";

  private final String shown;
  private final Optional<String> password;

  private RedactedUrl(String shown, Optional<String> password) {
    this.shown = shown;
    this.password = password;
  }

  /** The URL without its passwords; {@code password} is one given beside the URL, blanked from messages. */
  public static RedactedUrl of(String url, Optional<String> password) {
    requireNonNull(url, "no URL given");
    String shown = USERINFO.matcher(url).replaceFirst("$1$2@");
    shown = withoutSecretParameters(shown);
    return new RedactedUrl(shown, requireNonNull(password, "password is Optional, not null")
        .filter(p -> !p.isEmpty()));
  }

  public static RedactedUrl of(String url) {
    return of(url, Optional.empty());
  }

  private static String withoutSecretParameters(String url) {
    StringBuilder out = new StringBuilder();
    Matcher secret = SECRET_PARAMETER.matcher(url);
    int from = 0;
    while (secret.find()) {
      out.append(url, from, secret.start());
      from = secret.end();
      String separator = secret.group(1);
      boolean more = from < url.length() && url.charAt(from) == '&';
      // "?password=x&ssl=true" keeps its "?" for the parameter after it; "(password=x)" goes with its brackets.
      if (separator.equals("?") && more) {
        out.append('?');
        from++;
      } else if (separator.equals("(") && from < url.length() && url.charAt(from) == ')') {
        from++;
      }
    }
    return out.append(url.substring(from)).toString();
  }

  /**
   * A driver's message fit to show: the URL as given replaced by this one, parameters that hold a secret and the
   * known password (as typed or URL-encoded) blanked.
   */
  public String redact(String message, String originalUrl) {
    if (message == null) {
      return "";
    }
    String text = message.replace(originalUrl, shown);
    text = USERINFO.matcher(text).replaceAll("$1$2@");
    text = withoutSecretParameters(text);
    if (password.isPresent()) {
      String encoded = URLEncoder.encode(password.get(), StandardCharsets.UTF_8);
      text = text.replace(password.get(), BLANK).replace(encoded, BLANK).replace(encoded.replace("+", "%20"), BLANK);
    }
    return text;
  }

  /** The URL without passwords. */
  public String shown() {
    return shown;
  }

  @Override
  public String toString() {
    return shown;
  }
}
