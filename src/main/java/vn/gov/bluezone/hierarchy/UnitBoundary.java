package vn.gov.bluezone.hierarchy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The shape of one unit (decision 0032): its compact GeoJSON geometry as the import wrote it, with
 * its bounding box and number of positions, and who imported it when. Only the boundary import
 * writes it; maps read it through {@link BoundaryService}.
 */
@Entity
@Table(name = "unit_boundary")
class UnitBoundary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, unique = true)
    private AdministrativeUnit unit;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String geometry;

    @Column(name = "min_lon", nullable = false)
    private double minLon;

    @Column(name = "min_lat", nullable = false)
    private double minLat;

    @Column(name = "max_lon", nullable = false)
    private double maxLon;

    @Column(name = "max_lat", nullable = false)
    private double maxLat;

    @Column(name = "vertex_count", nullable = false)
    private int vertexCount;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 50)
    private String importedBy;

    @Version
    private long version;

    protected UnitBoundary() {
    }

    UnitBoundary(AdministrativeUnit unit) {
        this.unit = unit;
    }

    /** Takes the geometry of an import; returns whether the shape changed (the same shape is left as it was). */
    boolean replace(GeoJsonBoundaries.Geometry shape, Instant at, String by) {
        String json = shape.json();
        if (json.equals(geometry)) {
            return false;
        }
        this.geometry = json;
        this.minLon = shape.minLon();
        this.minLat = shape.minLat();
        this.maxLon = shape.maxLon();
        this.maxLat = shape.maxLat();
        this.vertexCount = shape.vertexCount();
        this.importedAt = at;
        this.importedBy = by;
        return true;
    }

    Long getId() {
        return id;
    }

    AdministrativeUnit getUnit() {
        return unit;
    }

    String getGeometry() {
        return geometry;
    }

    int getVertexCount() {
        return vertexCount;
    }

    Instant getImportedAt() {
        return importedAt;
    }

    String getImportedBy() {
        return importedBy;
    }
}
