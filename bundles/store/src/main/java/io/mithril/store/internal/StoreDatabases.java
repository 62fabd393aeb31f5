package io.mithril.store.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.spi.config.AggregatorConfiguration;
import io.mithril.store.StoreSettings;

/**
 * The two databases of <code>data_stores_directory</code>, opened and migrated: <code>aggregator.sqlite3</code> and
 * <code>monitoring.sqlite3</code>. As a component it is configured from the aggregator PID; the repositories of this
 * bundle reference it, so it is only opened when some component needs the store.
 */
@Component(service = StoreDatabases.class, configurationPid = AggregatorConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class StoreDatabases implements AutoCloseable {
    public static final String AGGREGATOR_FILE = "aggregator.sqlite3";
    public static final String MONITORING_FILE = "monitoring.sqlite3";
    private static final Logger LOG = LoggerFactory.getLogger(StoreDatabases.class);

    private final StoreSettings settings;
    private final SqliteDatabase aggregator;
    private final SqliteDatabase monitoring;

    @Activate
    public StoreDatabases(Map<String, Object> properties) {
        this(StoreSettings.fromConfiguration(properties));
    }

    public StoreDatabases(StoreSettings settings) {
        this.settings = settings;
        this.aggregator = openMigrated(AGGREGATOR_FILE, Schemas.AGGREGATOR, settings);
        try {
            this.monitoring = openMigrated(MONITORING_FILE, Schemas.MONITORING, settings);
        } catch (RuntimeException e) {
            aggregator.close();
            throw e;
        }
        LOG.info("store opened in {}", settings.dataStoresDirectory());
    }

    static SqliteDatabase openMigrated(String fileName, java.util.List<Migration> migrations, StoreSettings settings) {
        SqliteDatabase database = SqliteDatabase.open(fileName, settings);
        try {
            new Migrator(Schemas.APPLICATION_TYPE, migrations).migrate(database);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * The aggregator PID holds every setting: without this method any change (another key, FileInstall re-reading the
     * file) would close and reopen the databases and restart every repository. Moving the store needs a restart.
     */
    @Modified
    void modified(Map<String, Object> properties) {
        Object directory = properties.get(StoreSettings.DATA_STORES_DIRECTORY);
        if (directory != null && !directory.toString().equals(settings.dataStoresDirectory())) {
            LOG.warn("data_stores_directory changed to {}: still using {} until the aggregator restarts", directory,
                    settings.dataStoresDirectory());
        }
    }

    public StoreSettings settings() {
        return settings;
    }

    public SqliteDatabase aggregator() {
        return aggregator;
    }

    public SqliteDatabase monitoring() {
        return monitoring;
    }

    @Deactivate
    @Override
    public void close() {
        try {
            monitoring.close();
        } finally {
            aggregator.close();
        }
    }
}
