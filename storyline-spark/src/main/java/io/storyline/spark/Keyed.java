package io.storyline.spark;

import java.io.Serializable;

/**
 * One article as the grouping stage sees it: its id, its place in the stream order ({@link
 * StreamOrder}) and its {@link FeatureCodec} features.
 */
@SuppressWarnings("ArrayRecordComponent") // bytes travel through shuffles; never compared as values
record Keyed(String id, String order, byte[] features) implements Serializable {}
