package org.treatytracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs every example of README.md in order, as a newcomer would, against the packaged server started on a fresh
 * database with README's admin password, and checks each answer's status and the words README says it contains.
 * README cannot drift from what the server does: CI runs this on a clean clone (.ci/run, step 0b).
 */
class ReadmeExamplesCheck {

    /** README's own example passphrase: the examples send it as they are written. */
    private static final String ADMIN_PASSWORD = "choose a long passphrase";

    /** The helpers the generated script defines: curl records each answer's status line and body. */
    private static final String PRELUDE = """
            set -u
            __H=$(mktemp); __B=$(mktemp); __fail=0; __ok=0
            curl() { command curl -D "$__H.one" "$@" | tee -a "$__B"; local rc=${PIPESTATUS[0]}; cat "$__H.one" >> "$__H" 2>/dev/null; return $rc; }
            __begin() { : > "$__H"; : > "$__B"; }
            __expect() {
              local line=$1 statuses=$2 contains=$3 got s
              echo  # the answer's body may not end its line
              got=$(grep -aE '^HTTP/' "$__H" | awk '{print $2}' | grep -v '^100$' | tr '\\n' ' ')
              if [ -z "$got" ]; then echo "FAIL README line $line: no HTTP answer"; __fail=$((__fail+1)); return; fi
              for s in $got; do
                case ",$statuses," in *",$s,"*) ;; *) echo "FAIL README line $line: answered $s, README says $statuses"; __fail=$((__fail+1)); return;; esac
              done
              if [ -n "$contains" ] && ! grep -aqF -- "$contains" "$__B"; then
                echo "FAIL README line $line: the answer does not contain $contains"; head -c 400 "$__B"; echo; __fail=$((__fail+1)); return
              fi
              echo "ok   README line $line: $got"; __ok=$((__ok+1))
            }
            """;

    @Test
    void everyReadmeExampleAnswersAsReadmeSays() throws Exception {
        List<ReadmeExamples.Example> examples = ReadmeExamples.of(Files.readString(Path.of("README.md")));
        List<ReadmeExamples.Example> unchecked = examples.stream()
                .filter(e -> e.statuses() == null && e.command().contains("curl")).toList();
        assertEquals(List.of(), unchecked.stream().map(e -> "line " + e.line()).toList(),
                "README examples that call the server must say what they answer (a '# → 200 …' line after them)");

        assertEquals(List.of(), examples.stream().filter(e -> e.command().matches("(?s)\\s*(\\./mvnw|java |TREATY_).*"))
                .map(e -> "line " + e.line()).toList(), "commands that start or build a server belong in sh blocks, not bash ones");

        Path dir = Files.createTempDirectory("readme-examples");
        PackagedServer server = PackagedServer.start(dir, "server.log", "-Dtreaty.admin.password=" + ADMIN_PASSWORD);
        try {
            // A first start loads the seed and imports the sample's two drafts: generous on a busy machine.
            long ms = server.awaitReady(HttpClient.newHttpClient(), 300);
            System.out.printf("the packaged server answered %d ms after its start on a fresh database%n", ms);
            StringBuilder script = new StringBuilder(PRELUDE);
            for (ReadmeExamples.Example e : examples) {
                script.append("__begin\n").append(e.command().replace("localhost:8080", "localhost:" + server.port));
                if (e.statuses() != null) {
                    script.append("\n__expect ").append(e.line()).append(' ').append(quote(e.statuses())).append(' ')
                            .append(quote(e.contains())).append('\n');
                }
            }
            script.append("echo \"$__ok examples answered as README says, $__fail did not\"; exit $__fail\n");
            Path file = dir.resolve("readme-examples.sh");
            Files.writeString(file, script);
            Process bash = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(bash.waitFor(10, TimeUnit.MINUTES), "the examples did not finish in 10 minutes");
            String summary = output.lines().filter(l -> l.startsWith("ok ") || l.startsWith("FAIL") || l.contains("examples answered"))
                    .reduce("", (a, b) -> a + b + "\n");
            System.out.print(summary);
            assertEquals(0, bash.exitValue(), "README examples that did not answer as README says:\n" + summary
                    + "\n(the script is " + file + ", the server's log " + server.log + ")");
            long checked = examples.stream().filter(e -> e.statuses() != null).count();
            assertTrue(checked >= 15, "only " + checked + " README examples say what they answer");
        } finally {
            server.stop();
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
