/**
 * Reports: a read model over the whole service. Unlike the feature packages, which each query only their own
 * tables and reach the others through their services, this package may read every feature's tables directly (in
 * read-only SQL, for aggregates no single feature could answer). It writes nothing, and no feature package depends
 * on it.
 */
package io.tierdesk.report;
