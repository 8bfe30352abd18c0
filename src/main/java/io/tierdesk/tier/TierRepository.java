package io.tierdesk.tier;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class TierRepository implements PanacheRepositoryBase<Tier, String> {

    List<Tier> pageAfterRank(Integer afterRank, int fetch) {
        if (afterRank == null) {
            return find("order by rank").page(0, fetch).list();
        }
        return find("rank > ?1 order by rank", afterRank).page(0, fetch).list();
    }
}
