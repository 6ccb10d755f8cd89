package io.dragoman.tm;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Units as entities, for writes; reads of many units go through {@link UnitReader}. */
@ApplicationScoped
public class UnitRepository implements PanacheRepository<TranslationUnit> {
}
