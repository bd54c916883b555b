package io.pimento.imports;

import io.pimento.csv.CatalogFileType;
import io.pimento.jobs.JobRecord;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** One uploaded file being (or having been) imported, with its counters. */
@Entity
@Table(name = "import_job")
public class ImportJob extends JobRecord {

    @Convert(converter = TypeConverter.class)
    @Column(nullable = false)
    public CatalogFileType type;

    @Convert(converter = StatusConverter.class)
    @Column(nullable = false)
    public ImportStatus status = ImportStatus.QUEUED;

    /** What a running job is doing: scanning, validating, writing, associating. */
    public String phase;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "work_dir")
    public String workDir;

    /** The separator asked for, null when it is detected. */
    public String delimiter;

    @Column(name = "dry_run")
    public boolean dryRun;

    @Column(name = "all_or_nothing")
    public boolean allOrNothing;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> header = new ArrayList<>();

    @Column(name = "total_rows")
    public Integer totalRows;

    @Column(name = "read_rows")
    public int read;

    @Column(name = "created_rows")
    public int created;

    @Column(name = "updated_rows")
    public int updated;

    @Column(name = "unchanged_rows")
    public int unchanged;

    @Column(name = "rejected_rows")
    public int rejected;

    @Column(name = "cancel_requested")
    public boolean cancelRequested;

    @Converter
    public static class TypeConverter implements AttributeConverter<CatalogFileType, String> {
        @Override
        public String convertToDatabaseColumn(CatalogFileType type) {
            return type == null ? null : type.code();
        }

        @Override
        public CatalogFileType convertToEntityAttribute(String code) {
            return code == null ? null : CatalogFileType.fromCode(code).orElseThrow();
        }
    }

    @Converter
    public static class StatusConverter implements AttributeConverter<ImportStatus, String> {
        @Override
        public String convertToDatabaseColumn(ImportStatus status) {
            return status == null ? null : status.code();
        }

        @Override
        public ImportStatus convertToEntityAttribute(String code) {
            return code == null ? null : ImportStatus.fromCode(code);
        }
    }
}
