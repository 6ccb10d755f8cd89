package io.dragoman.account;

/**
 * Who a request acts as: the account, the role it acts with (the account's, lowered to a
 * token's ceiling), and the token or session it came through ({@code tokenId} null for a password).
 */
public record SignedIn(String username, Role role, Long tokenId) {
}
