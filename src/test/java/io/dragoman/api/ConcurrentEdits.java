package io.dragoman.api;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Sends several PUTs of one resource at the same moment, each on its own connection and thread. */
final class ConcurrentEdits {
    private ConcurrentEdits() {
    }

    /** The answers, in the order of {@code bodies}; all requests are released together by one latch. */
    static List<HttpResponse<String>> put(String path, List<String> bodies) throws Exception {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
        CountDownLatch ready = new CountDownLatch(bodies.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String body : bodies) {
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .header("Authorization", AdminCredentials.basic())
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    /** JSON for a request body. */
    static String json(Object value) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    }

    /**
     * Checks that exactly one edit won and every other one answered 409 problem+json; returns the
     * index of the winner in {@code responses}.
     */
    static int oneWinner(List<HttpResponse<String>> responses) {
        java.util.Map<Integer, Long> statuses = statuses(responses);
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Map.of(200, 1L, 409, (long) responses.size() - 1), statuses,
                () -> responses.stream().map(HttpResponse::body).toList().toString());
        int winner = -1;
        for (int i = 0; i < responses.size(); i++) {
            HttpResponse<String> answer = responses.get(i);
            if (answer.statusCode() == 200) {
                winner = i;
            } else {
                org.junit.jupiter.api.Assertions.assertEquals("application/problem+json",
                        answer.headers().firstValue("Content-Type").orElse(""));
                org.junit.jupiter.api.Assertions.assertTrue(answer.body().contains("\"/problems/conflict\""),
                        answer.body());
            }
        }
        return winner;
    }

    /** How many answers had each status. */
    static java.util.Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().collect(java.util.stream.Collectors.groupingBy(HttpResponse::statusCode,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }
}
