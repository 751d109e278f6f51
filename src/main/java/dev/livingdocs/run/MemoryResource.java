package dev.livingdocs.run;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.cucumber.core.resource.Resource;

/**
 * A feature's text held in memory, for Cucumber's parser, as if it were the file at {@code uri}: the
 * bite gate parses changed scenarios this way, the live preview the features it has just tangled.
 */
public record MemoryResource(URI uri, String text) implements Resource {

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
