# The ward's system as an image (docker-compose.yml, docker-compose.province.yml): built from the sources.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY processes processes
RUN mvn -B -ntp -DskipTests package
FROM eclipse-temurin:17-jre
COPY --from=build /src/target/ward-workflow-*.jar /tmp/ward-workflow.jar
COPY scripts/cds-layout.sh /tmp/cds-layout.sh
ENV TZ=Asia/Ho_Chi_Minh
# a heap of 512 MiB keeps a node under 700 MiB resident under load (scripts/startup-memory.sh, BENCHMARKS.md); without
# it the JVM sizes the heap from the host's memory and a node grew to 920 MiB. Set JAVA_TOOL_OPTIONS to change it
ENV JAVA_TOOL_OPTIONS="-Xmx512m"
# the jar extracted, with a class data sharing archive written by this image's JVM: a node is ready in about 11 s
# instead of 16 (BENCHMARKS.md, "Startup and resident memory of the jar"); the JVM ignores an archive it cannot use
RUN /tmp/cds-layout.sh /tmp/ward-workflow.jar /app && rm /tmp/ward-workflow.jar /tmp/cds-layout.sh
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/ward-workflow.jar"]
