package io.dragoman.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A person or robot that signs in; the password is kept only as a salted BCrypt hash. */
@Entity
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(nullable = false, length = 100)
    public String passwordHash;

    @Column(nullable = false, length = 20)
    public String role;

    @Column(nullable = false)
    public boolean disabled;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(length = 100)
    public String createdBy;

    public Role role() {
        return Role.parse("role", role);
    }

    public AccountView view() {
        return new AccountView(id, username, role, disabled, createdAt, createdBy);
    }
}
