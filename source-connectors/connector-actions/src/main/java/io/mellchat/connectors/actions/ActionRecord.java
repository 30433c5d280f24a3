package io.mellchat.connectors.actions;

import io.mellchat.model.UserAction;

/** One stream entry: the action (null when the entry was malformed) and its entry id. */
record ActionRecord(UserAction action, String entryId) {}
