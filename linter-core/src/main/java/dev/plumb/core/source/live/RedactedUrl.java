package dev.plumb.core.source.live;

import static java.util.Objects.requireNonNull;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
      "([?&;(])([A-Za-z_.-]*(?:password|passwd|pwd)[A-Za-z_.-]*)=([^&;)#\\s]*)", Pattern.CASE_INSENSITIVE);
  private static final String BLANK = "***";

  private final String shown;
  private final List<String> secrets;

  private RedactedUrl(String shown, List<String> secrets) {
    this.shown = shown;
    this.secrets = secrets;
  }

  /** The URL without its passwords; {@code password} is one given beside the URL, blanked from messages. */
  public static RedactedUrl of(String url, Optional<String> password) {
    requireNonNull(url, "no URL given");
    String shown = USERINFO.matcher(url).replaceFirst("$1$2@");
    shown = withoutSecretParameters(shown);
    // Drivers echo parts of the URL (a host "user:password@db" they could not resolve): blank its secrets anywhere.
    List<String> secrets = new ArrayList<>();
    requireNonNull(password, "password is Optional, not null").ifPresent(secrets::add);
    Matcher userinfo = USERINFO.matcher(url);
    if (userinfo.find()) {
      secrets.add(userinfo.group(3));
    }
    Matcher parameter = SECRET_PARAMETER.matcher(url);
    while (parameter.find()) {
      secrets.add(parameter.group(3));
    }
    secrets.removeIf(String::isEmpty);
    return new RedactedUrl(shown, List.copyOf(secrets));
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
    for (String secret : secrets) {
      for (String form : forms(secret)) {
        text = text.replace(form, BLANK);
      }
    }
    return text;
  }

  /** A secret as typed, URL-encoded (a space as + or %20) and URL-decoded, longest first. */
  private static List<String> forms(String secret) {
    String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    Set<String> forms = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    forms.add(secret);
    forms.add(encoded);
    forms.add(encoded.replace("+", "%20"));
    try {
      forms.add(URLDecoder.decode(secret.replace("+", "%2B"), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException notEncoded) {
      // A "%" that starts no escape: the secret is only as typed.
    }
    forms.removeIf(String::isEmpty);
    return List.copyOf(forms);
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
