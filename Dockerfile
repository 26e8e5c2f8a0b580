# The ward's system as an image (docker-compose.yml, docker-compose.province.yml): built from the sources.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY processes processes
RUN mvn -B -ntp -DskipTests package
FROM eclipse-temurin:17-jre
COPY --from=build /src/target/ward-workflow-*.jar /app/ward-workflow.jar
ENV TZ=Asia/Ho_Chi_Minh
# a heap of 512 MiB keeps a node under 700 MiB resident under load (scripts/startup-memory.sh, BENCHMARKS.md); without
# it the JVM sizes the heap from the host's memory and a node grew to 920 MiB. Set JAVA_TOOL_OPTIONS to change it
ENV JAVA_TOOL_OPTIONS="-Xmx512m"
ENTRYPOINT ["java", "-jar", "/app/ward-workflow.jar"]
