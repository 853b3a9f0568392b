package org.treatytracker.api;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 over a plain socket, for what no client library lets a test send (a forged Host, a request cut short). */
public final class RawHttp {

    private RawHttp() {
    }

    public static Socket open() throws IOException {
        return new Socket(URI_HOST, RestAssured.port);
    }

    private static final String URI_HOST = "localhost";

    /** Sends {@code request} as is and returns the whole answer (the server closes: send Connection: close). */
    public static String exchange(String request) throws IOException {
        try (Socket socket = open()) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
