package org.standoff.server.store;

import java.util.List;

/**
 * One page of corpus entities, ordered by corpus id.
 *
 * @param entities the page
 * @param hasNext  whether more entities follow it
 */
public record EntityPage(List<CorpusEntity> entities, boolean hasNext) {
    public EntityPage {
        entities = List.copyOf(entities);
    }
}
