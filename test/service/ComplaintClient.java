// A Java client (JDK 17, java.net.http, no libraries): drives a complaint from intake to closed
// through the wuye-rules decision service, then checks records, as a Java property system would.
// Run as a single source file, no javac step:
//   java test/service/ComplaintClient.java http://127.0.0.1:8181 test/service/complaint-case.json
// Prints one line per step and "OK closed after N events"; exits 1 on the first failure.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class ComplaintClient {
  record Answer(int status, String contentType, Object json) {}

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  static String base;

  static Answer call(String method, String path, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (body == null) request.method(method, HttpRequest.BodyPublishers.noBody());
    else request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
    HttpResponse<String> res = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), Json.parse(res.body()));
  }

  static void expect(boolean condition, String message) {
    if (!condition) {
      System.out.println("FAIL: " + message);
      System.exit(1);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> obj(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) out.put((String) keyValues[i], keyValues[i + 1]);
    return out;
  }

  static List<String> ruleIds(Answer checked) {
    List<String> ids = new ArrayList<>();
    for (Object v : list(obj(checked.json()).get("violations"))) ids.add((String) obj(v).get("ruleId"));
    return ids;
  }

  public static void main(String[] args) throws Exception {
    base = args[0].replaceAll("/+$", "");
    Map<String, Object> complaint = obj(Json.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)));
    Map<String, Object> intake = obj(complaint.get("intake"));
    List<Object> events = list(complaint.get("events"));

    Answer health = call("GET", "/healthz", null);
    expect(health.status() == 200 && "ok".equals(obj(health.json()).get("status")), "healthz: " + health);

    Answer started = call("POST", "/v1/complaint/start", map("record", intake));
    expect(started.status() == 200, "start: " + started);
    System.out.println("started " + intake.get("id") + " in state " + obj(started.json()).get("state"));

    // The host keeps only the envelope between requests.
    Object envelope = obj(started.json()).get("envelope");
    for (Object event : events) {
      Answer stepped = call("POST", "/v1/complaint/step", map("envelope", envelope, "event", event));
      expect(stepped.status() == 200 && Boolean.TRUE.equals(obj(stepped.json()).get("accepted")), "step " + obj(event).get("type") + ": " + stepped);
      envelope = obj(stepped.json()).get("envelope");
      System.out.printf("  %-16s -> %s%n", obj(event).get("type"), obj(stepped.json()).get("state"));
    }

    Answer refused = call("POST", "/v1/complaint/step", map("envelope", envelope, "event", map("type", "CLOSE", "at", "2026-10-09T10:00:00+08:00")));
    Map<String, Object> refusal = obj(obj(refused.json()).get("refusal"));
    expect(refused.status() == 200 && Boolean.FALSE.equals(obj(refused.json()).get("accepted")) && "ended".equals(refusal.get("kind")), "refusal after close: " + refused);
    System.out.println("refused after close: " + obj(refusal.get("reason")).get("zh-CN"));

    Answer malformed = call("POST", "/v1/complaint/step", map("envelope", envelope, "event", map("type", "CLOSE", "at", "2026-10-09 10:00")));
    Map<String, Object> problem = obj(malformed.json());
    expect(malformed.status() == 422 && malformed.contentType().startsWith("application/problem+json") && String.valueOf(problem.get("type")).endsWith("/invalid-event"), "malformed event: " + malformed);
    System.out.println("malformed event: 422 invalid-event " + problem.get("code"));

    Answer restored = call("POST", "/v1/complaint/restore", map("envelope", envelope));
    expect(restored.status() == 200 && "closed".equals(obj(restored.json()).get("state")), "restore: " + restored);
    Object record = obj(obj(restored.json()).get("context")).get("record");
    expect(obj(record).get("closedAt") != null, "the closed record carries closedAt: " + record);

    Answer checked = call("POST", "/v1/complaint/check", map("record", record, "asOf", "2026-10-09T09:00:00+08:00"));
    expect(checked.status() == 200, "check: " + checked);
    System.out.println("checked closed record: " + ruleIds(checked));

    Answer late = call("POST", "/v1/complaint/check", map("record", intake, "asOf", "2026-10-09T14:00:00+08:00"));
    expect(late.status() == 200 && ruleIds(late).contains("complaint.notify-deadline"), "late check: " + late);
    System.out.println("checked unnotified record: complaint.notify-deadline");

    Answer badInstant = call("POST", "/v1/complaint/check", map("record", intake, "asOf", "2026-10-09 14:00"));
    expect(badInstant.status() == 422 && "INVALID_INSTANT".equals(obj(badInstant.json()).get("code")), "bad instant: " + badInstant);
    System.out.println("problem: 422 INVALID_INSTANT " + obj(obj(badInstant.json()).get("message")).get("zh-CN"));
    System.out.println("OK closed after " + events.size() + " events");
  }

  /** The least JSON a client needs: objects (ordered), arrays, strings, numbers, booleans, null. */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json p = new Json(text);
      Object value = p.value();
      p.space();
      if (p.i != text.length()) throw new IllegalArgumentException("trailing text at " + p.i);
      return value;
    }

    private void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    // An empty object or array: the closing bracket right away (consumed).
    private boolean empty(char close) {
      space();
      if (s.charAt(i) != close) return false;
      i++;
      return true;
    }

    private Object value() {
      space();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> out = new LinkedHashMap<>();
        i++;
        if (empty('}')) return out;
        while (true) {
          space();
          String key = string();
          space();
          i++; // ':'
          out.put(key, value());
          space();
          if (s.charAt(i++) == '}') return out;
        }
      }
      if (c == '[') {
        List<Object> out = new ArrayList<>();
        i++;
        if (empty(']')) return out;
        while (true) {
          out.add(value());
          space();
          if (s.charAt(i++) == ']') return out;
        }
      }
      if (c == '"') return string();
      if (s.startsWith("true", i)) {
        i += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", i)) {
        i += 5;
        return Boolean.FALSE;
      }
      if (s.startsWith("null", i)) {
        i += 4;
        return null;
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
      String number = s.substring(start, i);
      return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : (Object) Double.valueOf(number);
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      i++; // opening quote
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') return out.toString();
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> out.append(e);
        }
      }
    }

    static String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, out);
      return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
      if (value == null) out.append("null");
      else if (value instanceof String str) {
        out.append('"');
        for (char c : str.toCharArray()) {
          if (c == '"' || c == '\\') out.append('\\').append(c);
          else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
        out.append('"');
      } else if (value instanceof Map<?, ?> m) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!first) out.append(',');
          first = false;
          write(String.valueOf(e.getKey()), out);
          out.append(':');
          write(e.getValue(), out);
        }
        out.append('}');
      } else if (value instanceof List<?> l) {
        out.append('[');
        for (int k = 0; k < l.size(); k++) {
          if (k > 0) out.append(',');
          write(l.get(k), out);
        }
        out.append(']');
      } else out.append(value); // Boolean, Long, Double
    }
  }
}
