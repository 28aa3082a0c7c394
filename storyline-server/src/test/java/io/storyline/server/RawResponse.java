package io.storyline.server;

import java.io.IOException;

/**
 * A response read off a raw socket (for requests java.net.http will not send, such as a foreign Host).
 *
 * @param status the status code
 * @param contentType the Content-Type header, or ""
 * @param body the body
 */
record RawResponse(int status, String contentType, String body) {

    /** Sends {@code POST path} with {@code body} and the given Host header to 127.0.0.1:{@code port}. */
    static RawResponse post(int port, String host, String path, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            String all = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String headers = all.substring(0, split);
            String rest = all.substring(split + 4);
            int status = Integer.parseInt(headers.substring(9, 12));
            String type = "";
            boolean chunked = false;
            for (String line : headers.split("\r\n")) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    type = line.substring(13).strip();
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            return new RawResponse(status, type, chunked ? unchunk(rest) : rest);
        }
    }

    private static String unchunk(String s) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < s.length()) {
            int eol = s.indexOf("\r\n", at);
            int size = Integer.parseInt(s.substring(at, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(s, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
