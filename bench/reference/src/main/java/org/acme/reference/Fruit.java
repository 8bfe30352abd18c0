package org.acme.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** The quickstart's entity, without {@code @Cacheable}: every GET reads the database. */
@Entity
public class Fruit extends PanacheEntity {

    @Column(length = 40)
    public String name;
}
