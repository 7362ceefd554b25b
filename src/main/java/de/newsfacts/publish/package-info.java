/**
 * Table writers of a dataset version: {@link de.newsfacts.publish.TableSchemas} (the Avro schemas and the data
 * dictionary), {@link de.newsfacts.publish.RecordMapper} (domain record to Avro record),
 * {@link de.newsfacts.publish.ParquetTableWriter} (one Parquet part file on any Hadoop FileSystem) and
 * {@link de.newsfacts.publish.ExcelWorkbookWriter} (the analysts' workbook with a README sheet). They know nothing
 * of German text or of Spring; versioning (staging, manifest, LATEST) is done by their caller.
 */
package de.newsfacts.publish;
