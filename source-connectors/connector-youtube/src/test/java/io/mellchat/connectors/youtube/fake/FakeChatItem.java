package io.mellchat.connectors.youtube.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One chat event of a fake video in both of YouTube's forms: a Data API {@code liveChatMessage} and
 * a web client action.
 *
 * @param id the message id (the same in both forms, unlike on YouTube)
 * @param dataApi the {@code liveChatMessage} resource
 * @param webAction the {@code actions[]} entry of {@code get_live_chat}
 */
public record FakeChatItem(String id, ObjectNode dataApi, ObjectNode webAction) {}
