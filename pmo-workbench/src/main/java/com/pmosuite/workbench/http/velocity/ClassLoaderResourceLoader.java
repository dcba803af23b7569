package com.pmosuite.workbench.http.velocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Loads templates from one given class loader (the plugin's), where Velocity's own classpath loader would use the
 * thread's context class loader, which a web server sets to something else.
 */
final class ClassLoaderResourceLoader extends ResourceLoader {

    private final ClassLoader classLoader;

    ClassLoaderResourceLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void init(ExtProperties configuration) {
        // Nothing to configure: the class loader came through the constructor.
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        InputStream in = classLoader.getResourceAsStream(path);
        if (in == null) {
            throw new ResourceNotFoundException("No template on the classpath at " + path);
        }
        try {
            return buildReader(in, encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException("Could not read template " + path, e);
        }
    }

    // Templates inside a jar do not change while it is loaded.
    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
