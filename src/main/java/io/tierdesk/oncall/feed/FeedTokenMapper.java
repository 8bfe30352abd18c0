package io.tierdesk.oncall.feed;

import io.tierdesk.api.model.FeedTokenDto;
import io.tierdesk.oncall.rotation.OnCallMapper;

/** Feed tokens to their API representation (never with the secret). */
final class FeedTokenMapper {

    private FeedTokenMapper() {}

    static FeedTokenDto toApi(FeedToken token) {
        return new FeedTokenDto()
                .id(token.id)
                .name(token.name)
                .createdAt(OnCallMapper.utc(token.createdAt))
                .revokedAt(OnCallMapper.utc(token.revokedAt))
                .expiresAt(OnCallMapper.utc(token.expiresAt));
    }
}
