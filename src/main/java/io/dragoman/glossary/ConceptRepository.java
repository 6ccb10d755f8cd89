package io.dragoman.glossary;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ConceptRepository implements PanacheRepository<Concept> {
}
