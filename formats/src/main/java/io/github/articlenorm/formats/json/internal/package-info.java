/**
 * The machinery of the {@code json} format: reading objects, arrays, wrappers and JSON Lines record by record, telling
 * the schema of a record, and mapping its keys to a draft. Not API.
 */
package io.github.articlenorm.formats.json.internal;
