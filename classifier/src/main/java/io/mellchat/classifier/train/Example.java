package io.mellchat.classifier.train;

import io.mellchat.classifier.Category;

/**
 * One labelled chat line of the corpus. {@code group} ties lines generated from the same template
 * together so that a whole template lands on one side of the train/held-out split.
 */
public record Example(String language, Category label, String text, String group) {}
