package io.dragoman.tm;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class MemoryRepository implements PanacheRepository<Memory> {
    public Optional<Memory> findByName(String name) {
        return find("name", name).firstResultOptional();
    }
}
